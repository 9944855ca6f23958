-- Exemplary models reviewed by more than one level (the rule set's models.reviewLevels): a proposal the parent
-- chose goes on to the level above it, and so on. review_unit_code is the level that reviews the proposal now (or
-- last reviewed it); chosen_by_unit_code the level that chose it last, which holds the nurturing plan (plan_*,
-- chosen_on) and follows the model up year by year. Until now the parent alone reviewed: both are the parent.
alter table exemplary_model add column review_unit_code varchar(64);
alter table exemplary_model add column chosen_by_unit_code varchar(64);
update exemplary_model set review_unit_code = parent_unit_code;
update exemplary_model set chosen_by_unit_code = parent_unit_code where status = 'CHOSEN';
create index exemplary_model_chosen_by_idx on exemplary_model (chosen_by_unit_code);
