export { MyNetworkPage } from './my-network-page';
