#!/usr/bin/env bash
# Lab test, ssh: pub, priv through pub (ProxyJump) and dst accept the generated user
# key, their host keys are in the generated known_hosts (StrictHostKeyChecking yes),
# the lab user has passwordless sudo there, and priv is reachable only through pub.
. "$(dirname "$0")/lib/testlib.sh"

lab_up
cfg=$("$natlab" status | sed -n 's/^ssh_config=//p')
key=$("$natlab" status | sed -n 's/^key=//p')
kh=$("$natlab" status | sed -n 's/^known_hosts=//p')
user=$("$natlab" status | sed -n 's/^user=//p')
check "status names the ssh config, key and known_hosts" all [ -f "$cfg" ] --and [ -f "$key" ] --and [ -f "$kh" ]
"$natlab" status --ssh-config >/tmp/natlab-test-ssh-config.$$
check "status --ssh-config prints the same snippet" cmp -s "$cfg" /tmp/natlab-test-ssh-config.$$
rm -f /tmp/natlab-test-ssh-config.$$

for h in pub priv dst; do
    addr_var=$(echo "${h}_ADDR" | tr a-z A-Z)
    out=$(ssh -F "$cfg" "natlab-$h" 'echo "whoami=$(id -un) addrs=$(hostname -I | tr " " ,) sudo=$(sudo -n id -u)"' 2>&1) || true
    echo "ssh natlab-$h: $out"
    check "ssh natlab-$h: logged in as $user on ${!addr_var}" \
        grep -q "whoami=$user addrs=${!addr_var}," <<<"$out"
    check "ssh natlab-$h: passwordless sudo" grep -q "sudo=0" <<<"$out"
done

# The same without the snippet: plain options, ProxyJump by hand.
opts=(-o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$kh"
    -o GlobalKnownHostsFile=/dev/null -o IdentitiesOnly=yes -i "$key" -F /dev/null)
out=$(ssh "${opts[@]}" -o ProxyCommand="ssh ${opts[*]} -W %h:%p $user@$PUB_ADDR" "$user@$PRIV_ADDR" hostname -I 2>&1) || true
check "ssh to priv via pub with explicit options" grep -q "$PRIV_ADDR" <<<"$out"

# Host keys are really checked: an empty known_hosts must be refused.
empty=$(mktemp)
out=$(ssh -o BatchMode=yes -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$empty" \
    -o GlobalKnownHostsFile=/dev/null -i "$key" -F /dev/null "$user@$PUB_ADDR" true 2>&1) && rc=0 || rc=$?
rm -f "$empty"
check "unknown host key refused with StrictHostKeyChecking yes (rc=$rc)" \
    grep -q "Host key verification failed" <<<"$out"

# priv is reachable only through pub.
check "priv is not routed from the root namespace" \
    bash -c "! nc -z -w 2 $PRIV_ADDR $SSH_PORT 2>/dev/null"
check "priv refuses ssh from nat's address (not pub)" \
    bash -c "! ip netns exec ${NATLAB_PREFIX}nat nc -z -w 2 $PRIV_ADDR $SSH_PORT 2>/dev/null"
check "priv accepts ssh from pub" nsx pub nc -z -w 2 "$PRIV_ADDR" "$SSH_PORT"
check "the user key is not accepted for root" \
    bash -c "! ssh ${opts[*]} root@$PUB_ADDR true 2>/dev/null"
finish
