"""CLI commands that are more than a build: init/new (scaffold), import (canonical notes), publish."""
