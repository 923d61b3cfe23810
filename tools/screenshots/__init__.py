"""Screenshots of every screen, rendered offscreen into docs/screenshots/ by ``make screenshots``."""
