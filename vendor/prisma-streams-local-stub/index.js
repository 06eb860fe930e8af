export async function startLocalDurableStreamsServer() {
  throw new Error(
    '`prisma dev` is not available in this project: @prisma/streams-local needs Node >= 22 (see docs/decisions/0099-no-prisma-dev.md)',
  );
}
