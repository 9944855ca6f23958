-- Indexes a city-sized year needs (docs/performance.md). A decision's document, list and mails read its nominations
-- by decision_id: without this index every read scans the campaign's whole nomination table (a city's tổng kết holds
-- about a hundred thousand rows).
create index nomination_decision_idx on nomination (decision_id);
