-- The organisation tree (đơn vị) and its people, as imported from units.csv and users.csv.

create table org_unit (
    code        varchar(60)  primary key,
    name        varchar(300) not null,
    level       varchar(60)  not null,
    parent_code varchar(60)  references org_unit (code),
    email       varchar(254) not null
);
create index org_unit_parent_idx on org_unit (parent_code);

create table org_person (
    username  varchar(64)  primary key,
    full_name varchar(200) not null,
    email     varchar(254) not null,
    unit_code varchar(60)  not null references org_unit (code)
);
create index org_person_unit_idx on org_person (unit_code);

create table org_person_role (
    username varchar(64) not null references org_person (username),
    role     varchar(20) not null,
    primary key (username, role)
);
