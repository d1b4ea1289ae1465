import { render } from 'preact';
import { App } from './App';
import '../../utils/highlight/marks.css';
import './style.css';

render(<App />, document.getElementById('app')!);
