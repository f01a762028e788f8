"""For ``scrapyd-deploy``, which builds the project's egg with ``setup.py bdist_egg``.

Everything is declared in pyproject.toml (packages, the bundled profiles and demo site as package
data, the ``scrapy`` entry point naming the settings module that scrapyd loads from the egg);
without this file scrapyd-deploy would write its own, which packs no profiles.
"""

from setuptools import setup

setup()
