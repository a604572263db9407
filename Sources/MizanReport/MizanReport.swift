// The MizanReport module; see docs/ and ../../DESIGN notes in README.
