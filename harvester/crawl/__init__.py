"""The Scrapy project: spiders fetch, pipelines extract, validate, deduplicate and export."""
