"""The home page, the guidance page ("When to call 911") with its situation finder, and standard pages."""
