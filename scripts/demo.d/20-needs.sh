# Needs database (RULES.md §2, §3): village staff open a census round and assess the demo child; the guardian
# reads the child's needs profile and declares a need. Exports need_id for later steps.
need_admin

staff_user="village-staff-$RANDOM$RANDOM"
staff_password="demo-password-$RANDOM$RANDOM"
guardian_token=$token
token=$admin_token
staff=$(call POST /api/v1/admin/accounts 201 \
  "{\"username\":\"$staff_user\",\"password\":\"$staff_password\",\"displayName\":\"村委会社工\",\"roles\":[\"VILLAGE_STAFF\"],\"villageIds\":[$village]}")
check "the administrator creates a village-staff account for the village" ".roles == [\"VILLAGE_STAFF\"] and .villageIds == [$village]" "$staff"
token=""
staff_login=$(call POST /api/v1/auth/password 200 "{\"username\":\"$staff_user\",\"password\":\"$staff_password\"}")
token=$(jq -r .accessToken <<<"$staff_login")

indicators=$(call GET /api/v1/indicators 200)
check "the census scores 20 indicators in 4 categories" '.total == 20 and ([.items[].category] | unique | length) == 4' "$indicators"

# a round over explicit dates around today, so the demo works on any day; opening it again answers the same round
round_start=$(date -d '-7 days' +%F)
round_end=$(date -d '+60 days' +%F)
round_body="{\"villageId\":$village,\"startDate\":\"$round_start\",\"endDate\":\"$round_end\"}"
round=$(call POST /api/v1/census/rounds 201 "$round_body" 2>/dev/null) || round=$(call POST /api/v1/census/rounds 200 "$round_body")
check "village staff open a census round" '.state == "OPEN" and .counted == false' "$round"
round_id=$(jq -r .id <<<"$round")

record=$(call POST "/api/v1/census/rounds/$round_id/records" 201 \
  "{\"childId\":$child_id,\"scores\":{\"M1\":2,\"M3\":1,\"E1\":2,\"E2\":1,\"P1\":1,\"S2\":1}}")
check "staff record the child's assessment" '.revision == 1 and .scores.M1 == 2' "$record"
again=$(call POST "/api/v1/census/rounds/$round_id/records" 409 "{\"childId\":$child_id,\"scores\":{\"M1\":0}}")
check "a second assessment of the child in the round is refused" '.code == "CENSUS_RECORD_EXISTS"' "$again"
coverage=$(call GET "/api/v1/census/rounds/$round_id/coverage" 200)
check "the round's coverage counts the child" '.assessed >= 1 and .registered >= .assessed' "$coverage"

token=$guardian_token
# the demo child was born on 2016-09-01: 10 years old on 2027-03-15, so PRIMARY; MATERIAL 2 makes a poor
# household, E1 2 an academic difficulty; PSYCHOLOGICAL 1 stays below the emotional-deficit threshold of 2
profile=$(call GET "/api/v1/children/$child_id/needs-profile?date=2027-03-15" 200)
check "the guardian reads the needs profile: tier, groups and services follow RULES §2" \
  '.ageTier == "PRIMARY" and .age == 10 and .groups == ["POOR_HOUSEHOLD","ACADEMIC_DIFFICULTY"]
   and .categoryLevels == {"MATERIAL":2,"EDUCATION":2,"PSYCHOLOGICAL":1,"SAFETY":1}
   and .recommendedServiceTypes == ["TUTORING","INTEREST_CLASS","SAFETY_EDUCATION","MATERIAL_AID","STUDY_GRANT","PERSONALISED_TUTORING_PLAN"]' \
  "$profile"

need=$(call POST /api/v1/needs 201 "{\"childId\":$child_id,\"serviceType\":\"TUTORING\",\"description\":\"数学作业没人辅导\",\"urgency\":2}")
check "the guardian declares a need, SUBMITTED" '.status == "SUBMITTED" and .serviceType == "TUTORING"' "$need"
need_id=$(jq -r .id <<<"$need")
export need_id
mine=$(call GET '/api/v1/needs?status=SUBMITTED' 200)
check "the guardian lists the need" "[.items[].id] | index($need_id) != null" "$mine"
