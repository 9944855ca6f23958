-- A target can be tied to a measure the system knows (the unit's nominations and awards for a title, its registered
-- people who reached their title, its units below approved): its achieved value is then computed, never typed.
-- computed_from names the measure, e.g. GRANTED:LDTT or UNITS_REGISTERED; null for a target whose value is typed.
alter table registration_published_target add column computed_from varchar(60);
alter table registration_target add column computed_from varchar(60);
