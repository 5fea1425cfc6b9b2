"""The Clients section: the big client list, its filters, saved segments and favourites."""
