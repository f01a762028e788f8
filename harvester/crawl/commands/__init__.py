"""Scrapy commands of the project (COMMANDS_MODULE): ``scrapy crawl`` with harvester's exit status."""
