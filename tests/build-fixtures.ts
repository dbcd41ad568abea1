/** `npm run build:fixtures`: builds, before the tests read them, the fixture sites whose inputs changed (tests/fixture-builds.ts). */
import { buildFixtures } from './fixture-builds.ts';

await buildFixtures();
