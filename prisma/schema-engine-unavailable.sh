#!/bin/sh
# Prisma's CLI downloads a native schema engine unless PRISMA_SCHEMA_ENGINE_BINARY names one.
# Keyward points it here: `prisma generate` and `prisma validate` never run it, and commands
# that would need it (migrate, db push) fail with this message instead of a download error.
echo "keyward: the native Prisma schema engine is not used here." >&2
echo "keyward: apply migrations with 'npm run db:migrate'; write new ones with 'npm run db:migration -- <name>'." >&2
exit 1
