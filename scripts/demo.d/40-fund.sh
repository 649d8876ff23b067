# shellcheck shell=bash
# The public-welfare fund (RULES.md §5): a partner's sales arrive, accrue at its provisional rate, and a spending
# plan approved by its oversight committee is paid. Sourced by scripts/demo.sh (call, check, need_admin, ...).
need_admin
fund_guardian_token=$token
fund_run=$RANDOM$RANDOM
fund_year=$(TZ=Asia/Shanghai date +%Y)
fund_month=$(TZ=Asia/Shanghai date +%-m)
fund_quarter="$fund_year-Q$(( (fund_month - 1) / 3 + 1 ))"

# fund_staff NAME ROLES-JSON — creates a staff account, prints "id token"
fund_staff() {
  local username="fund-$1-$fund_run" created login
  token=$admin_token
  created=$(call POST /api/v1/admin/accounts 201 \
    "{\"username\":\"$username\",\"password\":\"demo-password-1\",\"displayName\":\"$1\",\"roles\":$2}")
  token=""
  login=$(call POST /api/v1/auth/password 200 "{\"username\":\"$username\",\"password\":\"demo-password-1\"}")
  echo "$(jq -r .id <<<"$created") $(jq -r .accessToken <<<"$login")"
}

read -r civil_id civil_token < <(fund_staff civil-affairs '["CIVIL_AFFAIRS","FUND_COMMITTEE"]')
read -r platform_id platform_token < <(fund_staff platform '["PARTNER","FUND_COMMITTEE"]')
read -r collective_id collective_token < <(fund_staff village-collective '["FUND_COMMITTEE"]')
read -r guardian_rep_id guardian_rep_token < <(fund_staff guardian-rep '["FUND_COMMITTEE"]')
echo "ok  four staff accounts sit on the oversight committee (civil affairs, platform, village collective, guardian)"

token=$civil_token
partner=$(call POST /api/v1/admin/partners 201 "{\"name\":\"长寿镇田间直播间-$fund_run\",\"platformPluginId\":\"sales-file\",
  \"expectedAnnualSales\":\"8000000.00\",\"committee\":{\"civilAffairsAccountId\":$civil_id,\"platformAccountId\":$platform_id,
  \"villageCollectiveAccountId\":$collective_id,\"guardianRepresentativeAccountId\":$guardian_rep_id}}")
check "civil affairs registers a partner expecting 8,000,000 a year, with its committee" \
  ".expectedAnnualSales == \"8000000.00\" and .committee.civilAffairsAccountId == $civil_id" "$partner"
partner_id=$(jq -r .id <<<"$partner")

# the sample order export (plugins/sales-file/src/test/resources), paid this year; its fifth order appears twice
fund_line() { # ORDER LINE AMOUNT STATUS AGRICULTURAL
  echo "{\"platformOrderId\":\"$fund_run$1\",\"lineId\":\"$fund_run$1-$2\",\"amountPaid\":\"$3\",
    \"paidAt\":\"$fund_year-01-02T20:15:33+08:00\",\"status\":\"$4\",\"agricultural\":$5}"
}
sales=$(call POST "/api/v1/admin/partners/$partner_id/sales" 200 "{\"source\":\"file\",\"lines\":[
  $(fund_line 01 1 79.80 COMPLETED true), $(fund_line 02 1 83.00 COMPLETED true), $(fund_line 03 1 88.50 COMPLETED true),
  $(fund_line 03 2 15.00 COMPLETED false), $(fund_line 04 1 39.90 REFUNDED true), $(fund_line 05 1 129.80 COMPLETED true),
  $(fund_line 06 1 119.00 PAID true), $(fund_line 07 1 69.90 CLOSED true), $(fund_line 05 1 129.80 COMPLETED true)]}")
check "the sample's five agricultural sales count; the repeated row counts once; refund, closed and phone holder do not" \
  '.accepted == 5 and .duplicates == 1 and .ignored == 3' "$sales"

fund=$(call GET "/api/v1/partners/$partner_id/fund?year=$fund_year" 200)
check "sales of 500.10 accrue 40.00 at the provisional 8 % (6.38 + 6.64 + 7.08 + 10.38 + 9.52)" \
  '.annualSales == "500.10" and .provisionalRate == "0.08" and .accrued == "40.00" and .balance == "40.00"' "$fund"

token=$platform_token
plan=$(call POST /api/v1/fund/plans 201 "{\"partnerId\":$partner_id,\"quarter\":\"$fund_quarter\",\"category\":\"EDUCATION\",
  \"amount\":\"30.00\",\"purpose\":\"长寿村课后辅导班教材\"}")
check "the platform's member drafts an education plan of 30.00 for $fund_quarter" '.status == "PENDING"' "$plan"
plan_id=$(jq -r .id <<<"$plan")

refused=$(call POST "/api/v1/fund/plans/$plan_id/votes" 403 '{"approve":true}')
check "the drafter cannot vote on the plan" '.code == "DRAFTER_CANNOT_VOTE"' "$refused"
token=$collective_token
call POST "/api/v1/fund/plans/$plan_id/votes" 201 '{"approve":true,"comment":"同意"}' >/dev/null
token=$guardian_rep_token
call POST "/api/v1/fund/plans/$plan_id/votes" 201 '{"approve":true,"comment":"同意"}' >/dev/null
token=$civil_token
voted=$(call POST "/api/v1/fund/plans/$plan_id/votes" 201 '{"approve":true,"comment":"民政同意"}')
check "three of four members approve, civil affairs among them: the plan is approved" \
  '.status == "APPROVED" and .approvals == 3 and .civilAffairsApproved' "$voted"

too_much=$(call POST "/api/v1/fund/plans/$plan_id/disbursements" 409 \
  '{"amount":"30.01","payee":"长寿村留守儿童之家","purpose":"教材","programme":"课后辅导班"}')
check "a disbursement above the plan's remainder is refused" '.code == "EXCEEDS_PLAN_REMAINDER"' "$too_much"
paid=$(curl -sS -X POST "$base/api/v1/fund/plans/$plan_id/disbursements" -H "Authorization: Bearer $civil_token" \
  -H 'Content-Type: application/json' -H "Idempotency-Key: demo-$fund_run" \
  --data '{"amount":"30.00","payee":"长寿村留守儿童之家","purpose":"课后辅导班教材","programme":"课后辅导班"}')
check "civil affairs pays 30.00 against the plan" '.amount == "30.00" and .planRemaining == "0.00" and .balance == "10.00"' "$paid"

fund=$(call GET "/api/v1/partners/$partner_id/fund?year=$fund_year" 200)
check "the account holds exactly 40.00 − 30.00 = 10.00, with 30.00 disbursed for education" \
  '.balance == "10.00" and .disbursed == "30.00" and .disbursedByCategory.EDUCATION == "30.00"' "$fund"

statement=$(call GET "/api/v1/partners/$partner_id/statements/$fund_year" 200)
check "the annual statement: 0.5 % logistics subsidy 2.50, welfare input 40.01, tax credit 20.01" \
  '.logisticsSubsidy == "2.50" and .welfareInput == "40.01" and .taxCredit == "20.01"' "$statement"

token=$fund_guardian_token
