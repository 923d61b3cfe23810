"""Pure file formats: readers and writers that know nothing of the vault or its rules."""
