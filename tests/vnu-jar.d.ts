/** vnu-jar ships no types: its module is the path of vnu.jar. */
declare module 'vnu-jar' {
	const jarPath: string;
	export default jarPath;
}
