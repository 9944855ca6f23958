-- A council's votes are read by the unit that cast them (CouncilRepository.votesAt: every tổng kết form of a school,
-- its council's vote and its head's signature). The primary key leads with nomination_id, so without this index each
-- read scanned every vote of every unit: two hundred thousand rows by the end of a city's tổng kết, 25–50 ms a read,
-- growing with every school that had voted before.
create index nomination_vote_unit_idx on nomination_vote (unit_code);
