#!/usr/bin/env bash
# Démarre un serveur PostgreSQL jetable (paquet Debian « postgresql ») pour les tests sur base partagée, et écrit
# l'URL JDBC à utiliser dans le fichier donné en argument. Sans serveur installable, n'écrit rien : le test
# PostgreSQL est alors sauté, les autres passent.
set -uo pipefail
sortie_url="$1"
racine="${RSU_TEST_PG_DIR:-/tmp/rsu-pg-test}"


bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || true
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  fi
fi
if [ -z "$bin" ]; then
  echo "PostgreSQL indisponible : test sur base partagée sauté." >&2
  exit 0
fi

# initdb refuse root : le serveur tourne sous l'utilisateur postgres (créé par le paquet) quand on est root.
executer() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }

[ -d "$racine/data" ] && executer "'$bin/pg_ctl' -D '$racine/data' -m immediate stop" >/dev/null 2>&1
rm -rf "$racine"
# un port libre : un serveur d'une exécution précédente peut encore occuper le premier
port=""
for p in $(seq "${RSU_TEST_PG_PORT:-55432}" 55499); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || { echo "Aucun port libre pour PostgreSQL : test sur base partagée sauté." >&2; exit 0; }
mkdir -p "$racine"
[ "$(id -u)" = 0 ] && chown postgres "$racine"
executer "'$bin/initdb' -D '$racine/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null || { echo "initdb a échoué" >&2; exit 0; }
executer "'$bin/pg_ctl' -D '$racine/data' -o '-p $port -k $racine -c listen_addresses=127.0.0.1' -l '$racine/journal' -w start" >/dev/null || { echo "PostgreSQL n'a pas démarré" >&2; exit 0; }
executer "'$bin/psql' -h 127.0.0.1 -p $port -U postgres -q -c \"CREATE ROLE rsu LOGIN PASSWORD 'rsu'\" -c 'CREATE DATABASE rsu OWNER rsu'" >/dev/null
echo "jdbc:postgresql://127.0.0.1:$port/rsu" > "$sortie_url"
echo "PostgreSQL de test prêt sur le port $port." >&2
