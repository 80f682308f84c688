"""``make bench``: speed and memory, always as ratios against a baseline measured in the same run."""
