"""Field extractors: functions over a shared ``Page``, each owning a few record fields."""
