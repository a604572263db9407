// The Mizan module; see docs/ and ../../DESIGN notes in README.
