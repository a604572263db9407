// The MizanAlign module; see docs/ and ../../DESIGN notes in README.
