export { NotFound as NotFoundPage } from '../ui/NotFound';
