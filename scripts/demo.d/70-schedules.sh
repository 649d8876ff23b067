# Schedules (RULES §6): the administrators' view of the recurring jobs, a refused cron, and a lecture the
# schools planned for today announced by triggering the school-lecture job by hand.
need_admin
guardian_token=$token
token=$admin_token

schedules=$(call GET /api/v1/admin/schedules 200)
check "the eleven schedules of RULES §6 are listed with their next fire time" \
  '([.[] | select(.key == "ledger-report" and .cron == "0 0 18 L * ?" and .nextFireTime != null)] | length == 1)
   and ([.[].key] | contains(["school-lecture","joint-meeting","ledger-report","quarterly-publication","needs-census",
   "ecommerce-training","care-training","career-day","annual-close","sales-sync","appointment-reminders"]))' "$schedules"

preview=$(call GET '/api/v1/admin/schedules/ledger-report/preview?count=3' 200)
check "the ledger report's next three fire times are on the last day of a month at 18:00 Shanghai time" \
  '[.fireTimes[] | test("T18:00:00\\+08:00$")] | all and length == 3' "$preview"

refused=$(call PUT /api/v1/admin/schedules/ledger-report 422 '{"cron":"0 0 25 L * ?","timeZone":"Asia/Shanghai","enabled":true}')
check "a cron with hour 25 is refused with INVALID_CRON and the reason" '.code == "INVALID_CRON" and (.detail | test("hour"))' "$refused"

today=$(TZ=Asia/Shanghai date +%F)
planned=$(call GET "/api/v1/admin/lecture-plans?from=$today&size=1" 200)
if [ "$(jq -r --arg d "$today" '[.items[]? | select(.date == $d)] | length' <<<"$planned")" = "0" ]; then
  call POST /api/v1/admin/lecture-plans 201 \
    "{\"date\":\"$today\",\"topic\":\"暑期防溺水安全课\",\"school\":\"长寿村中心小学\",\"link\":\"https://live.example.cn/lecture\"}" >/dev/null
fi
topic=$(jq -r --arg d "$today" '[.items[]? | select(.date == $d)][0].topic // "暑期防溺水安全课"' <<<"$planned")
call POST /api/v1/admin/schedules/school-lecture/trigger 202 >/dev/null
token=$guardian_token
for _ in $(seq 1 50); do
  lectures=$(call GET '/api/v1/events?type=LECTURE&size=100' 200)
  [ "$(jq -r --arg t "$topic" '[.items[]? | select(.title == $t)] | length' <<<"$lectures")" != "0" ] && break
  sleep 0.2
done
check "triggering school-lecture creates today's planned lecture, which guardians see among the events" \
  "[.items[]? | select(.title == \"$topic\")] | length == 1" "$lectures"

token=$admin_token
runs=$(call GET '/api/v1/admin/schedules/school-lecture/runs?size=1' 200)
check "the run history shows the manual run, its outcome and the instance that ran it" \
  '.items[0].manual == true and .items[0].outcome == "SUCCESS" and (.items[0].instanceId | length > 0)' "$runs"
token=$guardian_token
