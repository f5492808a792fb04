/**
 * The seller console's path, apart from the rest of the seller's routes (./routes): the launch page, in the main
 * package, leads sellers there and should not carry every seller and CRM route to do so.
 */
export const SELLER_CONSOLE_PATH = '/seller/console/index';
