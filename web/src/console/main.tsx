import { createRoot } from 'react-dom/client';
import { createApi } from '../api/client.js';
import '../shared/styles.css';
import { ConsoleApp } from './App.js';

const root = document.getElementById('root');
if (root !== null) createRoot(root).render(<ConsoleApp api={createApi('console')} />);
