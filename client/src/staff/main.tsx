import { render } from 'preact';
import { StaffApp } from './staff-app.tsx';
import './staff.css';

const root = document.getElementById('staff');
if (root) render(<StaffApp />, root);
