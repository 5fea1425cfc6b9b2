"""The session lock after inactivity and the administrators' scraping alerts (issue #6)."""
