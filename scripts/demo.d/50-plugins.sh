# Plugins: the bundled platform plugins are installed and running (scripts/run.sh copies them into XINQIAO_PLUGINS_DIR).
need_admin
guardian_token=$token
token=$admin_token

plugins=$(call GET '/api/v1/admin/plugins?size=100' 200)
check "the livestream-store plugin is installed and started" \
  '[.items[] | select(.id == "livestream-store" and .state == "STARTED")] | length == 1' "$plugins"
check "the sales-file plugin is installed and started" \
  '[.items[] | select(.id == "sales-file" and .state == "STARTED")] | length == 1' "$plugins"
check "every started plugin has its extensions and a closed circuit" \
  '[.items[] | select(.state == "STARTED") | (.extensions | length > 0) and .circuit == "CLOSED"] | all' "$plugins"

health=$(call GET /health 200)
check "health shows each plugin's state and circuit" \
  '.details.plugins.details["livestream-store"].circuit == "CLOSED"' "$health"

token=$guardian_token
