import qrcode from 'qrcode-generator';

// The easy-return code as a QR code a carrier's counter can scan, drawn as SVG squares (no
// canvas, no inline markup), beside the code in letters for when scanning fails.

export function ReturnCodeQr({ code, label }: { code: string; label: string }) {
  const qr = qrcode(0, 'M');
  qr.addData(code, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const margin = 2;
  const cells: string[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) if (qr.isDark(row, column)) cells.push(`M${column + margin} ${row + margin}h1v1h-1z`);
  }
  return (
    <svg className="qr" role="img" aria-label={label} viewBox={`0 0 ${size + 2 * margin} ${size + 2 * margin}`} width={160} height={160} shapeRendering="crispEdges">
      <rect width="100%" height="100%" fill="#fff" />
      <path d={cells.join('')} fill="#000" />
    </svg>
  );
}
