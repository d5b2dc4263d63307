-- A call-list entry names the call logged for it; the reference gets its index like every other
-- (deleting an activity and the activity's entries scan nothing).
CREATE INDEX call_list_entries_activity ON call_list_entries(activity_id);
