// The student's pipeline, stored as a setting: every stage an application can be in.
import { DEFAULT_PIPELINE, pipelineSchema, type Pipeline } from '@shared/pipeline';
import { PIPELINE_SETTING_KEY } from '@shared/migrations/v1ToV2';
import type { SettingDefinition } from './settings';

export const pipelineSetting: SettingDefinition<Pipeline> = {
  key: PIPELINE_SETTING_KEY,
  schema: pipelineSchema,
  fallback: DEFAULT_PIPELINE,
};
