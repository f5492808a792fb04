/**
 * `npm run cloud:rules`: prints the function security rules to paste into the cloud console
 * (云开发控制台 → 云函数 → 权限控制), derived from the function table (cloud/core/invoke-rules.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { functions } from '../cloud/core/functions';
import { invokeRules } from '../cloud/core/invoke-rules';

const fnDir = path.resolve(__dirname, '..', 'cloud', 'functions');
// Every deployed function that is not client-callable is called by the platform only.
const deployed = fs.readdirSync(fnDir).filter((n) => fs.existsSync(path.join(fnDir, n, 'index.ts')));
const platformOnly = deployed.filter((n) => !(n in functions));
process.stdout.write(JSON.stringify(invokeRules(functions, platformOnly), null, 2) + '\n');
