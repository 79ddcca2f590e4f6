import QRCode from "qrcode"

type Props = { code: string; label: string }

/**
 * The booking's check-in code as a QR image, drawn on the server as SVG (no client JavaScript, no
 * image request). It encodes just the code: the desk's scanner types it into the admin check-in.
 */
export async function CheckInQr({ code, label }: Props) {
  let svg: string
  try {
    svg = await QRCode.toString(code, { type: "svg", margin: 1, errorCorrectionLevel: "M" })
  } catch (error) {
    console.error("[bookings] QR code failed:", error)
    return null
  }
  return (
    <div
      className="check-in-qr"
      role="img"
      aria-label={label}
      data-testid="check-in-qr"
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  )
}
