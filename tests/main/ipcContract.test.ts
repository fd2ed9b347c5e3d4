// The IPC schemas are bound to the desktop API's types. The `@ts-expect-error` lines are the
// test: typecheck (`tsc -b`, part of `npm test`) fails if any of these mismatches compiles.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { BACKUP_REASONS, type DesktopApi } from '@shared/desktopApi';
import { CHANNEL_METHODS, channelArgSchemas, ipcArgs, type ChannelArgs } from '@shared/ipc';
import { IPC } from '@shared/ipcChannels';

describe('IPC schemas and the desktop API', () => {
  it('parse each channel to exactly the arguments of its desktop API method', () => {
    expectTypeOf<z.output<(typeof ipcArgs)[typeof IPC.snoozeReminder]>>().toEqualTypeOf<[string, number]>();
    expectTypeOf<z.output<(typeof ipcArgs)[typeof IPC.readBackup]>>().toEqualTypeOf<
      Parameters<DesktopApi['readBackup']>
    >();
    expectTypeOf<ChannelArgs<typeof IPC.saveFile>>().toEqualTypeOf<Parameters<DesktopApi['saveFile']>>();
    expect(Object.keys(ipcArgs).sort()).toEqual(Object.keys(CHANNEL_METHODS).sort());
  });

  it('refuse, at compile time, a schema that yields another type than the API takes', () => {
    const schemas = channelArgSchemas({
      ...ipcArgs,
      // minutes as text where the API takes a number
      // @ts-expect-error -- the schema's output is [string, string], the API takes [string, number]
      [IPC.snoozeReminder]: z.tuple([z.string(), z.string()]),
    });
    expect(Object.keys(schemas)).toContain(IPC.snoozeReminder);
  });

  it('refuse, at compile time, a schema that drops an argument the API takes', () => {
    channelArgSchemas({
      ...ipcArgs,
      // @ts-expect-error -- writeBackup takes (backupFile, reason)
      [IPC.writeBackup]: z.tuple([z.instanceof(Uint8Array)]),
    });
    channelArgSchemas({ ...ipcArgs, [IPC.writeBackup]: z.tuple([z.instanceof(Uint8Array), z.enum(BACKUP_REASONS)]) });
  });

  it('refuse, at compile time, a schema narrower than the API type', () => {
    channelArgSchemas({
      ...ipcArgs,
      // The API takes every backup reason; a schema that knows only one would refuse the rest.
      // @ts-expect-error -- the API takes any BackupReason, the schema only 'manual'
      [IPC.writeBackup]: z.tuple([z.instanceof(Uint8Array), z.literal('manual')]),
    });
  });

  it('carry a backup file as its bytes, which the preload reads from the Blob the API is given', () => {
    expectTypeOf<z.output<(typeof ipcArgs)[typeof IPC.writeBackup]>>().toEqualTypeOf<
      ChannelArgs<typeof IPC.writeBackup>
    >();
    expectTypeOf<ChannelArgs<typeof IPC.writeBackup>[0]>().toEqualTypeOf<Uint8Array<ArrayBuffer>>();
    expectTypeOf<ChannelArgs<typeof IPC.writeBackup>[1]>().toEqualTypeOf<Parameters<DesktopApi['writeBackup']>[1]>();
  });

  it('refuse, at compile time, a backup given as text where the channel carries its bytes', () => {
    channelArgSchemas({
      ...ipcArgs,
      // @ts-expect-error -- the schema's output is a string, the channel carries a Uint8Array
      [IPC.writeBackup]: z.tuple([z.string(), z.enum(BACKUP_REASONS)]),
    });
  });

  it('refuse, at compile time, a map that leaves out a channel', () => {
    const { [IPC.readBackup]: _left, ...rest } = ipcArgs;
    // @ts-expect-error -- readBackup has no schema
    channelArgSchemas(rest);
  });
});
