/**
 */
package io.ringside.model.trace.impl;

import io.ringside.model.trace.Cursor;
import io.ringside.model.trace.TracePackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cursor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.ringside.model.trace.impl.CursorImpl#getEvent <em>Event</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.CursorImpl#getTime <em>Time</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.CursorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.CursorImpl#getDeviceId <em>Device Id</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.CursorImpl#getQueueIndex <em>Queue Index</em>}</li>
 *   <li>{@link io.ringside.model.trace.impl.CursorImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CursorImpl extends EObjectImpl implements Cursor {
	/**
	 * The default value of the '{@link #getEvent() <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvent()
	 * @generated
	 * @ordered
	 */
	protected static final long EVENT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEvent() <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvent()
	 * @generated
	 * @ordered
	 */
	protected long event = EVENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final long TIME_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected long time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceId() <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceId()
	 * @generated
	 * @ordered
	 */
	protected static final int DEVICE_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeviceId() <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceId()
	 * @generated
	 * @ordered
	 */
	protected int deviceId = DEVICE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getQueueIndex() <em>Queue Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int QUEUE_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQueueIndex() <em>Queue Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueIndex()
	 * @generated
	 * @ordered
	 */
	protected int queueIndex = QUEUE_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CursorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TracePackage.Literals.CURSOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEvent() {
		return event;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvent(long newEvent) {
		long oldEvent = event;
		event = newEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.CURSOR__EVENT, oldEvent, event));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(long newTime) {
		long oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.CURSOR__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.CURSOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeviceId() {
		return deviceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceId(int newDeviceId) {
		int oldDeviceId = deviceId;
		deviceId = newDeviceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.CURSOR__DEVICE_ID, oldDeviceId, deviceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQueueIndex() {
		return queueIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueueIndex(int newQueueIndex) {
		int oldQueueIndex = queueIndex;
		queueIndex = newQueueIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.CURSOR__QUEUE_INDEX, oldQueueIndex, queueIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TracePackage.CURSOR__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TracePackage.CURSOR__EVENT:
				return getEvent();
			case TracePackage.CURSOR__TIME:
				return getTime();
			case TracePackage.CURSOR__KIND:
				return getKind();
			case TracePackage.CURSOR__DEVICE_ID:
				return getDeviceId();
			case TracePackage.CURSOR__QUEUE_INDEX:
				return getQueueIndex();
			case TracePackage.CURSOR__TEXT:
				return getText();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TracePackage.CURSOR__EVENT:
				setEvent((Long)newValue);
				return;
			case TracePackage.CURSOR__TIME:
				setTime((Long)newValue);
				return;
			case TracePackage.CURSOR__KIND:
				setKind((String)newValue);
				return;
			case TracePackage.CURSOR__DEVICE_ID:
				setDeviceId((Integer)newValue);
				return;
			case TracePackage.CURSOR__QUEUE_INDEX:
				setQueueIndex((Integer)newValue);
				return;
			case TracePackage.CURSOR__TEXT:
				setText((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TracePackage.CURSOR__EVENT:
				setEvent(EVENT_EDEFAULT);
				return;
			case TracePackage.CURSOR__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case TracePackage.CURSOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case TracePackage.CURSOR__DEVICE_ID:
				setDeviceId(DEVICE_ID_EDEFAULT);
				return;
			case TracePackage.CURSOR__QUEUE_INDEX:
				setQueueIndex(QUEUE_INDEX_EDEFAULT);
				return;
			case TracePackage.CURSOR__TEXT:
				setText(TEXT_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TracePackage.CURSOR__EVENT:
				return event != EVENT_EDEFAULT;
			case TracePackage.CURSOR__TIME:
				return time != TIME_EDEFAULT;
			case TracePackage.CURSOR__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case TracePackage.CURSOR__DEVICE_ID:
				return deviceId != DEVICE_ID_EDEFAULT;
			case TracePackage.CURSOR__QUEUE_INDEX:
				return queueIndex != QUEUE_INDEX_EDEFAULT;
			case TracePackage.CURSOR__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (event: ");
		result.append(event);
		result.append(", time: ");
		result.append(time);
		result.append(", kind: ");
		result.append(kind);
		result.append(", deviceId: ");
		result.append(deviceId);
		result.append(", queueIndex: ");
		result.append(queueIndex);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //CursorImpl
