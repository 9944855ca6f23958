-- One-off days off (ngày nghỉ đột xuất) an administrator declares at run time, e.g. schools closed for a storm.
-- Like weekends and the public holidays of thidua.calendar.holidays, they do not count as working days.
-- The column is not called "day": H2 reserves that word.
create table day_off (
    off_date   date          not null primary key,
    reason     varchar(500)  not null,
    created_by varchar(64)   not null,
    created_at timestamp with time zone not null
);
