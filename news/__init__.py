"""News and recognition posts: the news index, posts, categories, feeds and the review workflow."""
