// The orders' page addresses live with every page address in src/utils/routes.ts.
export { orderRoutes } from '../../utils/routes';
