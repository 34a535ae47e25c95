import { createRoot } from 'react-dom/client';
import { createApi } from '../api/client.js';
import '../shared/styles.css';
import { PortalApp } from './App.js';

const root = document.getElementById('root');
if (root !== null) createRoot(root).render(<PortalApp api={createApi('portal')} />);
