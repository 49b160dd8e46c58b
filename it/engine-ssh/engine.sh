#!/usr/bin/env bash
# engine-ssh's engine: a second engine of its own (it/host-engine.sh) that is reached through an sshd of
# its own on 127.0.0.1:38922, as an engine on another machine is at ssh://root@host:port.
#   engine.sh start IT_DIR IMAGE | stop IT_DIR      (IT_DIR: the it/ folder, where host-engine.sh is)
# The IT's Maven runs get bin/ first on PATH: there, "ssh" is the machine's with a config of the IT's
# (its key, its known_hosts, no agent), so root's ~/.ssh is neither read nor written. Three keys:
#   engine    authorized, forced to "docker system dial-stdio" into the IT's engine, whatever the client asks
#   nodocker  authorized, forced to a shell that finds no docker, as on a host without it
#   stranger  not authorized: refused
# DOCKERBOX_IT_SSH_KEY=nodocker or stranger makes the wrapper use that key (engine by default). The wrapper
# writes the key and its arguments to ssh-calls.log: the IT checks the exact command line dockerbox runs.
set -u
D=/tmp/dockerbox-it-ssh
S=$D/sshd
PORT=38922

start_sshd() {
  mkdir -p $S $D/bin $D/keys $D/far-config $D/far-home || return 1
  ssh-keygen -q -t ed25519 -N '' -C dockerbox-it-ssh-host -f $S/host_key || return 1
  for key in engine nodocker stranger; do
    ssh-keygen -q -t ed25519 -N '' -C dockerbox-it-$key -f $D/keys/$key || return 1
  done
  # Absolute paths: sshd gives forced commands a PATH of its own, and the wrapper must not find itself.
  local docker ssh
  docker=$(command -v docker) && ssh=$(command -v ssh) || { echo "docker and ssh must be on PATH"; return 1; }
  # "restrict": no pty, no forwarding; the far side's docker CLI gets an empty config, not root's ~/.docker.
  {
    echo "command=\"DOCKER_HOST=unix://$D/docker.sock DOCKER_CONFIG=$D/far-config $docker system dial-stdio\",restrict $(cat $D/keys/engine.pub)"
    echo "command=\"PATH=/nonexistent docker system dial-stdio\",restrict $(cat $D/keys/nodocker.pub)"
  } > $S/authorized_keys
  # StrictModes off: /tmp is world-writable. A generous MaxStartups: dockerbox opens one ssh per
  # connection, and the default (10:30:100) drops unauthenticated connections beyond 10 at random.
  # A HOME of the IT's own: bash runs ~/.bashrc for commands that come through sshd, and root's here
  # takes 2-3 s (pyenv init), for every connection dockerbox opens.
  cat > $S/sshd_config <<CONF
Port $PORT
ListenAddress 127.0.0.1
HostKey $S/host_key
PidFile $S/sshd.pid
AuthorizedKeysFile $S/authorized_keys
StrictModes no
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
UseDNS no
MaxStartups 100
MaxSessions 100
SetEnv HOME=$D/far-home
CONF
  # The host key is known beforehand, so StrictHostKeyChecking can stay on and ssh prints no
  # "Permanently added" warning that would end up in dockerbox's error messages.
  echo "[127.0.0.1]:$PORT $(cut -d' ' -f1,2 $S/host_key.pub)" > $D/known_hosts
  for key in engine nodocker stranger; do
    cat > $D/ssh_config-$key <<CONF
Host *
  IdentityFile $D/keys/$key
  IdentitiesOnly yes
  IdentityAgent none
  UserKnownHostsFile $D/known_hosts
  GlobalKnownHostsFile /dev/null
  StrictHostKeyChecking yes
  PasswordAuthentication no
  KbdInteractiveAuthentication no
CONF
  done
  # No Port or User in the config: they must come from the address (-p, -l), as dockerbox passes them.
  cat > $D/bin/ssh <<WRAPPER
#!/bin/sh
echo "\${DOCKERBOX_IT_SSH_KEY:-engine} \$*" >> $D/ssh-calls.log
exec $ssh -F $D/ssh_config-\${DOCKERBOX_IT_SSH_KEY:-engine} "\$@"
WRAPPER
  chmod +x $D/bin/ssh
  # Debian's sshd wants its privilege separation folder, which only its service unit makes. It is
  # left in place at the end: the machine's own sshd may use it.
  mkdir -p /run/sshd
  /usr/sbin/sshd -f $S/sshd_config -E $S/sshd.log || return 1
  for i in $(seq 50); do [ -s $S/sshd.pid ] && break; sleep 0.1; done
  # The engine answers through ssh, the docker CLI's way (which dockerbox follows), or the IT would fail later and less clearly.
  PATH=$D/bin:$PATH docker -H ssh://root@127.0.0.1:$PORT version --format '{{.Server.Version}}' >/dev/null 2>$D/probe.err || {
    cat $D/probe.err; tail -20 $S/sshd.log; return 1
  }
  rm -f $D/ssh-calls.log $D/probe.err
}

stop_sshd() {
  local pid
  pid=$(cat $S/sshd.pid 2>/dev/null) || return 0
  # By its pid file, never by name (the machine may run its own sshd): first the sessions it forked,
  # which outlive the listener, then the listener.
  pgrep -P "$pid" | xargs -r kill 2>/dev/null
  kill "$pid" 2>/dev/null
  for i in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null
  return 0
}

case "$1" in
  start)
    # What a run that never reached its verify.groovy left behind; the engine's start wipes $D.
    stop_sshd
    bash "$2/host-engine.sh" ssh 10.234 start "$3" || exit 1
    start_sshd || exit 1
    ;;
  stop)
    stop_sshd
    bash "$2/host-engine.sh" ssh 10.234 stop
    ;;
  *)
    echo "usage: engine.sh start IT_DIR IMAGE | stop IT_DIR" >&2; exit 2
    ;;
esac
exit 0
