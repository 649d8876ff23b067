# Points (RULES §4): a provider's claim is confirmed by station staff, the provider redeems a reward.
# Sourced by scripts/demo.sh: uses call, check, need_admin, base, token, admin_token, village.
need_admin
points_guardian_token=$token

token=$admin_token
points_suffix=$RANDOM$RANDOM
provider=$(call POST /api/v1/admin/accounts 201 \
  "{\"username\":\"provider-$points_suffix\",\"password\":\"provider-password-1\",\"displayName\":\"李老师\",\"roles\":[\"VOLUNTEER\"],\"villageIds\":[$village]}")
check "the administrator creates a volunteer provider serving the village" '.roles == ["VOLUNTEER"]' "$provider"
call POST /api/v1/admin/accounts 201 \
  "{\"username\":\"station-$points_suffix\",\"password\":\"station-password-1\",\"displayName\":\"王站长\",\"roles\":[\"STATION_STAFF\"],\"villageIds\":[$village]}" >/dev/null

token=""
provider_token=$(call POST /api/v1/auth/password 200 "{\"username\":\"provider-$points_suffix\",\"password\":\"provider-password-1\"}" | jq -r .accessToken)
station_token=$(call POST /api/v1/auth/password 200 "{\"username\":\"station-$points_suffix\",\"password\":\"station-password-1\"}" | jq -r .accessToken)

token=$provider_token
claim=$(call POST /api/v1/points/claims 201 '{"activity":"TUTORING","hours":2,"evidence":"周六辅导数学作业两小时"}')
check "the provider claims 2 hours of tutoring, priced at 20 points" '.status == "SUBMITTED" and .points == 20' "$claim"

token=$station_token
approved=$(call POST "/api/v1/admin/points/claims/$(jq -r .id <<<"$claim")/approve" 200)
check "the station staff confirm the activity" '.status == "APPROVED"' "$approved"

token=$provider_token
balance=$(call GET /api/v1/points/balance 200)
check "the provider's balance is exactly 20" '.balance == 20' "$balance"

token=$admin_token
reward=$(call POST /api/v1/admin/rewards 201 '{"name":"文具套装","kind":"SUPPLY","pointsPrice":15,"stock":3,"perAccountLimit":2}')
check "the administrator adds school supplies for 15 points, 3 in stock" '.pointsPrice == 15 and .stock == 3' "$reward"
reward_id=$(jq -r .id <<<"$reward")

token=$provider_token
redemption=$(call POST /api/v1/redemptions 201 "{\"rewardId\":$reward_id,\"quantity\":1}")
check "the provider redeems them and gets a pickup code" '.status == "AWAITING_PICKUP" and (.pickupCode | length == 8)' "$redemption"
balance=$(call GET /api/v1/points/balance 200)
check "the provider's balance is exactly 5" '.balance == 5' "$balance"
refused=$(call POST /api/v1/redemptions 409 "{\"rewardId\":$reward_id,\"quantity\":1}")
check "a second redemption is refused for want of points" '.code == "INSUFFICIENT_POINTS"' "$refused"

token=$station_token
handed=$(call POST /api/v1/admin/redemptions/pickups 200 "{\"pickupCode\":\"$(jq -r .pickupCode <<<"$redemption")\"}")
check "the station hands the supplies over against the pickup code" '.status == "FULFILLED"' "$handed"

token=$points_guardian_token
