// The MizanQuality module; see docs/ and ../../DESIGN notes in README.
