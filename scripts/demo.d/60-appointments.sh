# shellcheck shell=bash
# Providers, stations and appointments: a tutor applies and is approved, the village's station gets a room,
# opening hours and slots, the guardian books (for the declared need, if the needs step left one in need_id),
# the tutor checks the child in and completes, the guardian gives feedback once.
need_admin
guardian_token=$token
day=$(TZ=Asia/Shanghai date -d '+2 days' +%F)
week='[{"dayOfWeek":"MONDAY","from":"08:00","to":"20:00"},{"dayOfWeek":"TUESDAY","from":"08:00","to":"20:00"},
{"dayOfWeek":"WEDNESDAY","from":"08:00","to":"20:00"},{"dayOfWeek":"THURSDAY","from":"08:00","to":"20:00"},
{"dayOfWeek":"FRIDAY","from":"08:00","to":"20:00"},{"dayOfWeek":"SATURDAY","from":"08:00","to":"20:00"},
{"dayOfWeek":"SUNDAY","from":"08:00","to":"20:00"}]'

token=""
tutor_login=$(call POST /api/v1/auth/wechat 200 "{\"code\":\"dev-tutor-$RANDOM$RANDOM\"}")
tutor_token=$(jq -r .accessToken <<<"$tutor_login")
token=$tutor_token
application=$(call POST /api/v1/volunteers/applications 201 "{\"displayName\":\"李老师\",\"qualifications\":[{\"qualification\":\"TUTOR\"}],
  \"villages\":[$village],\"serviceTypes\":[\"TUTORING\"],\"availability\":$week}")
check "a volunteer applies with the TUTOR qualification" '.status == "PENDING"' "$application"
provider_id=$(jq -r .id <<<"$application")

token=$admin_token
approved=$(call POST "/api/v1/admin/volunteers/$provider_id/approve" 200 '{"note":"证书已核验"}')
check "staff approve the volunteer" '.status == "APPROVED"' "$approved"
station_id=$(call GET "/api/v1/stations?villageId=$village" 200 | jq -r '.items[0].id')
room=$(call POST "/api/v1/admin/stations/$station_id/rooms" 201 '{"kind":"STUDY_ROOM","name":"自习室","capacity":10}')
room_id=$(jq -r .id <<<"$room")
hours=$(call PUT "/api/v1/admin/stations/$station_id/opening-hours" 200 "{\"hours\":$week}")
check "the station opens 08:00–20:00 every day" '.openingHours | length == 7' "$hours"
generate="{\"from\":\"$day\",\"to\":\"$day\",\"serviceType\":\"TUTORING\",\"providerId\":$provider_id,\"roomId\":$room_id,\"capacity\":1}"
generated=$(call POST "/api/v1/admin/stations/$station_id/slots/generate" 200 "$generate")
check "one-hour slots are generated from the opening hours and the tutor's availability" '.created == 12' "$generated"
again=$(call POST "/api/v1/admin/stations/$station_id/slots/generate" 200 "$generate")
check "generating the same day again creates nothing new" '.created == 0 and .existing == 12' "$again"

token=$guardian_token
slots=$(call GET "/api/v1/stations/$station_id/slots?from=$day&to=$day&serviceType=TUTORING" 200)
slot_id=$(jq -r "[.items[] | select(.providerId == $provider_id)][0].id" <<<"$slots")
if [ -n "${need_id:-}" ]; then
  booking=$(call POST /api/v1/appointments 201 "{\"slotId\":$slot_id,\"childId\":$child_id,\"needId\":$need_id}")
else
  booking=$(call POST /api/v1/appointments 201 "{\"slotId\":$slot_id,\"childId\":$child_id}")
fi
check "the guardian books the tutoring slot for the child" '.status == "BOOKED"' "$booking"
appointment_id=$(jq -r .id <<<"$booking")
sibling=$(call POST /api/v1/children 201 "{\"name\":\"小红\",\"gender\":\"FEMALE\",\"birthDate\":\"2015-04-01\",\"villageId\":$village,\"relation\":\"GRANDPARENT\",\"consent\":true}")
full=$(call POST /api/v1/appointments 409 "{\"slotId\":$slot_id,\"childId\":$(jq -r .id <<<"$sibling")}")
check "a second booking of the one-seat slot is refused" '.code == "SLOT_FULL"' "$full"

token=$tutor_token
checked_in=$(call POST "/api/v1/appointments/$appointment_id/check-in" 200)
check "the tutor checks the child in" '.status == "CHECKED_IN"' "$checked_in"
completed=$(call POST "/api/v1/appointments/$appointment_id/complete" 200)
check "the tutor completes the session" '.status == "COMPLETED"' "$completed"

token=$guardian_token
feedback=$(call POST "/api/v1/appointments/$appointment_id/feedback" 200 '{"rating":5,"comment":"老师很耐心"}')
check "the guardian rates the session" '.feedback.rating == 5' "$feedback"
twice=$(call POST "/api/v1/appointments/$appointment_id/feedback" 409 '{"rating":1}')
check "feedback is given once" '.code == "FEEDBACK_ALREADY_GIVEN"' "$twice"

if [ -n "${need_id:-}" ]; then
  closed=$(call GET "/api/v1/needs/$need_id" 200)
  check "the need went SCHEDULED → SERVED → FEEDBACK_GIVEN and is CLOSED" '.status == "CLOSED"' "$closed"
fi
token=$tutor_token
claims=$(call GET /api/v1/points/claims 200)
check "the completed one-hour tutoring session claimed 10 points for the tutor (RULES §4)" \
  '.total == 1 and .items[0].points == 10 and .items[0].status == "SUBMITTED"' "$claims"
claim_id=$(jq -r '.items[0].id' <<<"$claims")
token=$admin_token
call POST "/api/v1/admin/points/claims/$claim_id/approve" 200 >/dev/null
token=$tutor_token
balance=$(call GET /api/v1/points/balance 200)
check "staff confirm the session and the tutor's balance is 10" '.balance == 10' "$balance"
token=$guardian_token
