"""What every stage shares: the data model, the site configuration, the errors."""
