import { styled, type DefaultTheme } from 'styled-components';

type ThemeColor = keyof DefaultTheme['colors'];

/**
 * A 0–100 bar drawn on the page (the design system's ProgressBar is drawn for dark overlays), with
 * its ARIA role: a profile's completeness is a `meter`, an import's advance a `progressbar`.
 */
export const PercentBar = ({
  role,
  label,
  value,
  color,
  width,
  height,
}: {
  role: 'meter' | 'progressbar';
  label: string;
  value: number;
  color: ThemeColor;
  /** CSS: the bar's fixed width, or a `max-width` when given as `{ max }`. */
  width: string | { max: string };
  height: string;
}) => (
  <Track role={role} aria-label={label} aria-valuenow={value} aria-valuemin={0} aria-valuemax={100} $width={width} $height={height}>
    <Fill $value={value} $color={color} $moves={role === 'progressbar'} />
  </Track>
);

const Track = styled.div<{ $width: string | { max: string }; $height: string }>`
  ${({ $width }) => (typeof $width === 'string' ? `width: ${$width};` : `max-width: ${$width.max};`)}
  height: ${({ $height }) => $height};
  border-radius: ${({ $height }) => `calc(${$height} / 2)`};
  background: ${({ theme }) => theme.colors.neutral150};
  overflow: hidden;
`;

const Fill = styled.div<{ $value: number; $color: ThemeColor; $moves: boolean }>`
  width: ${({ $value }) => $value}%;
  height: 100%;
  background: ${({ theme, $color }) => theme.colors[$color]};
  ${({ $moves }) => ($moves ? 'transition: width 0.3s;' : '')}
`;
